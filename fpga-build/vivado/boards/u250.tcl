# IP of the Alveo U250 build (xcu250, Gen3 x16): XDMA in AXI Bridge mode and the AXI
# converters around it. Sourced by build.tcl, which defines make_ip.
#
# Why XDMA and not QDMA: both have an AXI Bridge mode with the manager (M_AXI_B) and
# subordinate (S_AXI_B) ports the engine needs; XDMA's is the simpler one (no queue
# contexts) and needs no license beyond Vivado's. Why the AXI converters and not an
# AXI-Lite manager: in AXI Bridge mode the IP offers BAR accesses only on the full AXI4
# manager M_AXI_B (the AXI-Lite manager belongs to DMA mode).

namespace eval viaduct::board {}

proc viaduct::board::create_ips {ipdir width} {
    set ips {}

    # Gen3 x16 endpoint on the U250's PCIe block; the board part places the transceivers
    # and the reference clock. BAR0 (2 MiB, 64-bit) maps to AXI address 0 on M_AXI_B.
    # S_AXI_B addresses below 2**48 go out unchanged (the engine's window guard keeps it
    # there). Interrupts: 16 user lines, MSI-X with the table inside the IP, in BAR2 so
    # that BAR0 stays the engine's alone; MSI as well, for hosts that do not use MSI-X.
    lappend ips [viaduct::make_ip viaduct_u250_xdma xdma $ipdir [dict create \
        CONFIG.functional_mode               AXI_Bridge \
        CONFIG.mode_selection                Advanced \
        CONFIG.device_port_type              PCI_Express_Endpoint_device \
        CONFIG.PCIE_BOARD_INTERFACE          pci_express_x16 \
        CONFIG.SYS_RST_N_BOARD_INTERFACE     pcie_perstn \
        CONFIG.pl_link_cap_max_link_width    X16 \
        CONFIG.pl_link_cap_max_link_speed    8.0_GT/s \
        CONFIG.ref_clk_freq                  100_MHz \
        CONFIG.axi_addr_width                64 \
        CONFIG.axi_data_width                512_bit \
        CONFIG.axisten_freq                  250 \
        CONFIG.coreclk_freq                  500 \
        CONFIG.plltype                       QPLL1 \
        CONFIG.dma_reset_source_sel          Phy_Ready \
        CONFIG.pf0_device_id                 903F \
        CONFIG.pf0_class_code_base           05 \
        CONFIG.pf0_class_code_sub            80 \
        CONFIG.pf0_class_code_interface      00 \
        CONFIG.pf0_class_code                058000 \
        CONFIG.pf0_bar0_64bit                true \
        CONFIG.pf0_bar0_prefetchable         false \
        CONFIG.pf0_bar0_scale                Megabytes \
        CONFIG.pf0_bar0_size                 2 \
        CONFIG.pciebar2axibar_0              0x0000000000000000 \
        CONFIG.pf0_bar2_enabled              true \
        CONFIG.pf0_bar2_64bit                true \
        CONFIG.pf0_bar2_scale                Kilobytes \
        CONFIG.pf0_bar2_size                 64 \
        CONFIG.bar_indicator                 BAR_3:2 \
        CONFIG.en_axi_slave_if               true \
        CONFIG.axibar_num                    1 \
        CONFIG.axibar_0                      0x0000000000000000 \
        CONFIG.axibar_highaddr_0             0x0000FFFFFFFFFFFF \
        CONFIG.axibar2pciebar_0              0x0000000000000000 \
        CONFIG.c_s_axi_supports_narrow_burst false \
        CONFIG.xdma_axilite_slave            false \
        CONFIG.xdma_num_usr_irq              16 \
        CONFIG.pf0_interrupt_pin             NONE \
        CONFIG.pf0_msi_enabled               true \
        CONFIG.pf0_msix_enabled              true \
        CONFIG.pf0_msix_impl_locn            Internal]]

    # BAR0 path: 512-bit AXI4 (4-bit IDs) down to 32 bits, AXI4-Lite, then into the
    # engine's clock.
    lappend ips [viaduct::make_ip viaduct_u250_bar_width axi_dwidth_converter $ipdir [dict create \
        CONFIG.PROTOCOL        AXI4 \
        CONFIG.READ_WRITE_MODE READ_WRITE \
        CONFIG.ADDR_WIDTH      32 \
        CONFIG.SI_ID_WIDTH     4 \
        CONFIG.SI_DATA_WIDTH   512 \
        CONFIG.MI_DATA_WIDTH   32]]
    lappend ips [viaduct::make_ip viaduct_bar_lite axi_protocol_converter $ipdir [dict create \
        CONFIG.SI_PROTOCOL AXI4 \
        CONFIG.MI_PROTOCOL AXI4LITE \
        CONFIG.ADDR_WIDTH  32 \
        CONFIG.DATA_WIDTH  32 \
        CONFIG.ID_WIDTH    0]]
    lappend ips [viaduct::make_ip viaduct_u250_bar_cdc axi_clock_converter $ipdir [dict create \
        CONFIG.PROTOCOL   AXI4LITE \
        CONFIG.ADDR_WIDTH 32 \
        CONFIG.DATA_WIDTH 32 \
        CONFIG.ACLK_ASYNC 1]]

    # Host path (the engine's 6-bit IDs): out of the engine's clock, then the engine's width to
    # 512 bits.
    lappend ips [viaduct::make_ip viaduct_u250_host_cdc axi_clock_converter $ipdir [dict create \
        CONFIG.PROTOCOL   AXI4 \
        CONFIG.ADDR_WIDTH 64 \
        CONFIG.DATA_WIDTH $width \
        CONFIG.ID_WIDTH   6 \
        CONFIG.ACLK_ASYNC 1]]
    lappend ips [viaduct::make_ip viaduct_u250_host_width axi_dwidth_converter $ipdir [dict create \
        CONFIG.PROTOCOL        AXI4 \
        CONFIG.READ_WRITE_MODE READ_WRITE \
        CONFIG.ADDR_WIDTH      64 \
        CONFIG.SI_ID_WIDTH     6 \
        CONFIG.SI_DATA_WIDTH   $width \
        CONFIG.MI_DATA_WIDTH   512]]

    return $ips
}

# The board part has placed the transceivers; nothing to move.
proc viaduct::board::post_synth {} {
}

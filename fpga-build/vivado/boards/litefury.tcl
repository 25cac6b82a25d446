# IP of the Litefury / Nitefury build (xc7a100t / xc7a200t, M.2 x4): the 7-series AXI PCIe
# bridge and the AXI converters around it. Sourced by build.tcl, which defines make_ip.
#
# Why axi_pcie and not XDMA: XDMA's AXI Bridge mode exists only on UltraScale+ parts (PG194,
# PG195 "PCIe Bridge functionality is only supported for UltraScale+ devices"); on 7-series
# XDMA is a DMA engine, which has no AXI port for our engine to master host memory through.
# axi_pcie (PG055, "AXI Memory Mapped to PCI Express") is the 7-series bridge with both
# directions, and it is in Vivado's free edition.

namespace eval viaduct::board {}

# Creates the IP for an engine whose data path is `width` bits; returns the module names.
proc viaduct::board::create_ips {ipdir width} {
    set ips {}

    # Gen2 x4 endpoint. BAR0 (2 MiB) maps to AXI address 0 on M_AXI; S_AXI addresses
    # 0..4 GiB go out unchanged as 32-bit PCIe addresses (the low 4 GiB of IOMMU space).
    # A 128-bit AXI side is what PG055 requires for x4 Gen2.
    lappend ips [viaduct::make_ip viaduct_lf_pcie axi_pcie $ipdir [dict create \
        CONFIG.INCLUDE_RC                  PCI_Express_Endpoint_device \
        CONFIG.NO_OF_LANES                 X4 \
        CONFIG.MAX_LINK_SPEED              5.0_GT/s \
        CONFIG.REF_CLK_FREQ                100_MHz \
        CONFIG.VENDOR_ID                   0x10EE \
        CONFIG.DEVICE_ID                   0x7024 \
        CONFIG.SUBSYSTEM_VENDOR_ID         0x10EE \
        CONFIG.SUBSYSTEM_ID                0x0007 \
        CONFIG.CLASS_CODE                  0x058000 \
        CONFIG.BAR0_ENABLED                true \
        CONFIG.BAR0_TYPE                   Memory \
        CONFIG.BAR0_SCALE                  Megabytes \
        CONFIG.BAR0_SIZE                   2 \
        CONFIG.BAR_64BIT                   false \
        CONFIG.BAR1_ENABLED                false \
        CONFIG.BAR2_ENABLED                false \
        CONFIG.PCIEBAR2AXIBAR_0            0x00000000 \
        CONFIG.AXIBAR_NUM                  1 \
        CONFIG.AXIBAR_0                    0x00000000 \
        CONFIG.AXIBAR_HIGHADDR_0           0xFFFFFFFF \
        CONFIG.AXIBAR_AS_0                 false \
        CONFIG.AXIBAR2PCIEBAR_0            0x00000000 \
        CONFIG.S_AXI_ID_WIDTH              4 \
        CONFIG.S_AXI_DATA_WIDTH            128 \
        CONFIG.M_AXI_DATA_WIDTH            128 \
        CONFIG.S_AXI_SUPPORTS_NARROW_BURST false \
        CONFIG.INTERRUPT_PIN               false \
        CONFIG.NUM_MSI_REQ                 5 \
        CONFIG.shared_logic_in_core        true]]

    # BAR0 path: 128-bit AXI4 (the bridge's manager has no ID) down to 32 bits, then AXI4-Lite.
    lappend ips [viaduct::make_ip viaduct_lf_bar_width axi_dwidth_converter $ipdir [dict create \
        CONFIG.PROTOCOL        AXI4 \
        CONFIG.READ_WRITE_MODE READ_WRITE \
        CONFIG.ADDR_WIDTH      32 \
        CONFIG.SI_ID_WIDTH     0 \
        CONFIG.SI_DATA_WIDTH   128 \
        CONFIG.MI_DATA_WIDTH   32]]
    lappend ips [viaduct::make_ip viaduct_bar_lite axi_protocol_converter $ipdir [dict create \
        CONFIG.SI_PROTOCOL AXI4 \
        CONFIG.MI_PROTOCOL AXI4LITE \
        CONFIG.ADDR_WIDTH  32 \
        CONFIG.DATA_WIDTH  32 \
        CONFIG.ID_WIDTH    0]]

    # Host path: the engine's width (6-bit IDs) to the bridge's 128 bits.
    lappend ips [viaduct::make_ip viaduct_lf_host_width axi_dwidth_converter $ipdir [dict create \
        CONFIG.PROTOCOL        AXI4 \
        CONFIG.READ_WRITE_MODE READ_WRITE \
        CONFIG.ADDR_WIDTH      32 \
        CONFIG.SI_ID_WIDTH     6 \
        CONFIG.SI_DATA_WIDTH   $width \
        CONFIG.MI_DATA_WIDTH   128]]

    return $ips
}

# The card routes its M.2 lanes to the transceiver quad in an order the IP does not assume
# (lanes 0..3 of the IP on GTPE2_CHANNEL X0Y6, X0Y4, X0Y5, X0Y7; the public Litefury and
# Nitefury designs of RHS Research place them so). The IP's own constraints have already
# placed the four channels; move them all. build.tcl then checks the package pins.
proc viaduct::board::post_synth {} {
    set sites {0 GTPE2_CHANNEL_X0Y6 1 GTPE2_CHANNEL_X0Y4 2 GTPE2_CHANNEL_X0Y5 3 GTPE2_CHANNEL_X0Y7}
    set channels [get_cells -hierarchical -filter {REF_NAME == GTPE2_CHANNEL}]
    if {[llength $channels] != 4} {
        error "expected 4 GTPE2_CHANNEL cells after synthesis, found [llength $channels]: $channels"
    }
    set lanes {}
    foreach cell $channels {
        if {![regexp {pipe_lane\[(\d+)\]} $cell -> lane] || ![dict exists $sites $lane]} {
            error "cannot tell the PCIe lane of transceiver $cell"
        }
        dict set lanes $lane $cell
        reset_property LOC $cell
    }
    foreach lane [lsort -integer [dict keys $lanes]] {
        set site [dict get $sites $lane]
        set_property LOC $site [dict get $lanes $lane]
        puts "viaduct: PCIe lane $lane -> $site"
    }
}

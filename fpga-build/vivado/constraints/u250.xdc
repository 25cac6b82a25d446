# Alveo U250 (xcu250-figd2104-2L-e), PCIe Gen3 x16.
#
# The board part (xilinx.com:au250:part0) lets the XDMA IP place the sixteen transceivers;
# build.tcl checks after placement that lanes 0, 7, 8 and 15 landed on AF2/AF7, AN4/AN9,
# AP2/AP7 and BC2/BF5.

# PCIe reference clock (100 MHz from the slot): MGTREFCLK0 of bank 226.
set_property PACKAGE_PIN AM11 [get_ports pcie_refclk_p]
set_property PACKAGE_PIN AM10 [get_ports pcie_refclk_n]
create_clock -name pcie_refclk -period 10.000 [get_ports pcie_refclk_p]

set_property -dict {PACKAGE_PIN BD21 IOSTANDARD LVCMOS12 PULLUP true} [get_ports pcie_perst_n]

# User LEDs.
set_property -dict {PACKAGE_PIN BC21 IOSTANDARD LVCMOS12 SLEW SLOW DRIVE 8} [get_ports {led[0]}]
set_property -dict {PACKAGE_PIN BB21 IOSTANDARD LVCMOS12 SLEW SLOW DRIVE 8} [get_ports {led[1]}]
set_property -dict {PACKAGE_PIN BA20 IOSTANDARD LVCMOS12 SLEW SLOW DRIVE 8} [get_ports {led[2]}]

set_false_path -from [get_ports pcie_perst_n]
set_false_path -to [get_ports {led[*]}]

# Interrupt handshake between the engine clock and the bridge clock. The AXI clock
# converters bring their own constraints.
set_false_path -to [get_cells -hierarchical -filter {NAME =~ *u_irq_sync/req_meta_reg*}]
set_false_path -to [get_cells -hierarchical -filter {NAME =~ *u_irq_sync/ack_meta_reg*}]

# Configuration: 1.8 V bank 0, quad SPI flash with 32-bit addresses.
set_property CFGBVS GND [current_design]
set_property CONFIG_VOLTAGE 1.8 [current_design]
set_property BITSTREAM.GENERAL.COMPRESS TRUE [current_design]
set_property BITSTREAM.CONFIG.CONFIGFALLBACK ENABLE [current_design]
set_property BITSTREAM.CONFIG.EXTMASTERCCLK_EN DISABLE [current_design]
set_property BITSTREAM.CONFIG.CONFIGRATE 63.8 [current_design]
set_property BITSTREAM.CONFIG.SPI_32BIT_ADDR YES [current_design]
set_property BITSTREAM.CONFIG.SPI_BUSWIDTH 4 [current_design]
set_property BITSTREAM.CONFIG.SPI_FALL_EDGE YES [current_design]
set_property BITSTREAM.CONFIG.UNUSEDPIN PULLUP [current_design]

# Litefury (xc7a100tfgg484-2L) and Nitefury (xc7a200tfbg484-3), M.2 2280 key M, PCIe x4.
# Pins from RHS Research's public Litefury/Nitefury designs.
#
# The transceivers are not constrained here: the IP places its four GTP channels itself and
# build.tcl moves them to the card's lane order after synthesis (boards/litefury.tcl), then
# checks that pci_exp_rxp/txp landed on B10/B8/D11/D9 and B6/B4/D5/D7.

# PCIe reference clock (100 MHz from the slot) and side-band signals.
set_property PACKAGE_PIN F6 [get_ports pcie_refclk_p]
set_property PACKAGE_PIN E6 [get_ports pcie_refclk_n]
create_clock -name pcie_refclk -period 10.000 [get_ports pcie_refclk_p]

set_property -dict {PACKAGE_PIN J1 IOSTANDARD LVCMOS33 PULLUP true} [get_ports pcie_perst_n]
set_property -dict {PACKAGE_PIN G1 IOSTANDARD LVCMOS33} [get_ports pcie_clkreq_n]

# User LEDs, active low.
set_property -dict {PACKAGE_PIN G3 IOSTANDARD LVCMOS33} [get_ports {led_n[0]}]
set_property -dict {PACKAGE_PIN H3 IOSTANDARD LVCMOS33} [get_ports {led_n[1]}]
set_property -dict {PACKAGE_PIN G4 IOSTANDARD LVCMOS33} [get_ports {led_n[2]}]
set_property -dict {PACKAGE_PIN H4 IOSTANDARD LVCMOS33} [get_ports {led_n[3]}]

# Asynchronous signals: PERST# is synchronized inside, CLKREQ# is constant, the LEDs are
# for eyes.
set_false_path -from [get_ports pcie_perst_n]
set_false_path -to [get_ports pcie_clkreq_n]
set_false_path -to [get_ports {led_n[*]}]

# Interrupt handshake between the engine and bridge domains (the same clock on this board,
# but the synchronizers are written for any two clocks).
set_false_path -to [get_cells -hierarchical -filter {NAME =~ *u_irq_sync/req_meta_reg*}]
set_false_path -to [get_cells -hierarchical -filter {NAME =~ *u_irq_sync/ack_meta_reg*}]

# Configuration: 3.3 V bank 0, quad SPI flash, fast configuration clock so the FPGA is up
# before the host enumerates the slot.
set_property CFGBVS VCCO [current_design]
set_property CONFIG_VOLTAGE 3.3 [current_design]
set_property CONFIG_MODE SPIx4 [current_design]
set_property BITSTREAM.CONFIG.SPI_BUSWIDTH 4 [current_design]
set_property BITSTREAM.CONFIG.EXTMASTERCCLK_EN Div-1 [current_design]
set_property BITSTREAM.CONFIG.SPI_FALL_EDGE YES [current_design]
set_property BITSTREAM.GENERAL.COMPRESS TRUE [current_design]
set_property BITSTREAM.CONFIG.OVERTEMPPOWERDOWN ENABLE [current_design]

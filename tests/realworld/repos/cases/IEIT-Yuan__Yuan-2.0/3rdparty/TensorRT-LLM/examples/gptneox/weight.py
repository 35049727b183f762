stub: upstream file of 22020 bytes

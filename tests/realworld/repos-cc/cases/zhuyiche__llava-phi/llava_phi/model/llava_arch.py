stub: upstream file of 11686 bytes

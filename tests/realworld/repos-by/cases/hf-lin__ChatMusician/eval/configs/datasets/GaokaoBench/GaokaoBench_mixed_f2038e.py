stub: upstream file of 22767 bytes

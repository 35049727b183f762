stub: upstream file of 32270 bytes

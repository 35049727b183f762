stub: upstream file of 27766 bytes

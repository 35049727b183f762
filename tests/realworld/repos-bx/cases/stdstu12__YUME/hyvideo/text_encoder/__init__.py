stub: upstream file of 22727 bytes

stub: upstream file of 6516 bytes

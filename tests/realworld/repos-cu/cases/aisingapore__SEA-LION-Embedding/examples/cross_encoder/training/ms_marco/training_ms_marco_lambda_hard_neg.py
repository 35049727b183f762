stub: upstream file of 8516 bytes

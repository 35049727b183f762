stub: upstream file of 1727 bytes

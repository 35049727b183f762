stub: upstream file of 1771 bytes

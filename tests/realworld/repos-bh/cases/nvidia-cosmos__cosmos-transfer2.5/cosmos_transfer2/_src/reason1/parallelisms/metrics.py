stub: upstream file of 8006 bytes

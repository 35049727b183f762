stub: upstream file of 4281 bytes

stub: upstream file of 12531 bytes

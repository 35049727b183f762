stub: upstream file of 115355 bytes

stub: upstream file of 63596 bytes

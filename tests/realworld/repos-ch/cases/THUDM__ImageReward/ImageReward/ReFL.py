stub: upstream file of 36585 bytes

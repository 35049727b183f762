stub: upstream file of 24490 bytes

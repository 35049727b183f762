stub: upstream file of 22212 bytes

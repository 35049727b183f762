stub: upstream file of 11070 bytes

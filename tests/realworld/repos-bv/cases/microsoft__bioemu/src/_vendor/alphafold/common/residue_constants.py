stub: upstream file of 34972 bytes

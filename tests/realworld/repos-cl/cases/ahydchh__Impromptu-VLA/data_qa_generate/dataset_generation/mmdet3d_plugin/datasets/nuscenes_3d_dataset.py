stub: upstream file of 42240 bytes

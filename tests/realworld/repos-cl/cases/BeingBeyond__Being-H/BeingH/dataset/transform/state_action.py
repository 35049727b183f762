stub: upstream file of 26401 bytes

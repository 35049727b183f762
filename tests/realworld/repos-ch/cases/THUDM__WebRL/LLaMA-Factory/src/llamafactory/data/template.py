stub: upstream file of 34179 bytes

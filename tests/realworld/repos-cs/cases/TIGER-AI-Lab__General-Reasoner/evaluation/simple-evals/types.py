stub: upstream file of 1139 bytes

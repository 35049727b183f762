stub: upstream file of 1092 bytes

stub: upstream file of 1247544 bytes

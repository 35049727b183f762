stub: upstream file of 12076 bytes

stub: upstream file of 42490 bytes

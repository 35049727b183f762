stub: upstream file of 39490 bytes

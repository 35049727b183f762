stub: upstream file of 11949 bytes

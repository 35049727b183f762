stub: upstream file of 4346 bytes

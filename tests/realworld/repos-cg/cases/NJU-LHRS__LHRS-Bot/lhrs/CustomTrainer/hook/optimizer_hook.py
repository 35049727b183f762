stub: upstream file of 12882 bytes

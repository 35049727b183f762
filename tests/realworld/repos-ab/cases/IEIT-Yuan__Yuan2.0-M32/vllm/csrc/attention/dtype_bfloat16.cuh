stub: upstream file of 12031 bytes

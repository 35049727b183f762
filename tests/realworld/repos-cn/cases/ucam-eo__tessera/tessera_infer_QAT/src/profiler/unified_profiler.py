stub: upstream file of 14952 bytes

stub: upstream file of 13958 bytes

stub: upstream file of 104936 bytes

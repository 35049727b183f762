stub: upstream file of 78037 bytes

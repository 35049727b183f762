stub: upstream file of 35037 bytes

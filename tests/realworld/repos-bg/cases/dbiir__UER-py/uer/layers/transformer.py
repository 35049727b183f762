stub: upstream file of 6936 bytes

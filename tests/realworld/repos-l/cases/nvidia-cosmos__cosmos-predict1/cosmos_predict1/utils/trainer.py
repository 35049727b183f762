stub: upstream file of 14936 bytes

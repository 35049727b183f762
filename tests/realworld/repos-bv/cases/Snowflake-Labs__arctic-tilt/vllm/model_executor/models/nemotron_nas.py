stub: upstream file of 17902 bytes

stub: upstream file of 1882 bytes

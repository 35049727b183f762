stub: upstream file of 2882 bytes

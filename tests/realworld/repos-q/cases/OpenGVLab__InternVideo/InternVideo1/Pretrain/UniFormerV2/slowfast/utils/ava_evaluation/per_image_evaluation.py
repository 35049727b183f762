stub: upstream file of 19882 bytes

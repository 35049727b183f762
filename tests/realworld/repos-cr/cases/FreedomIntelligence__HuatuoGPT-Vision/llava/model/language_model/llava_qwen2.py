stub: upstream file of 5882 bytes

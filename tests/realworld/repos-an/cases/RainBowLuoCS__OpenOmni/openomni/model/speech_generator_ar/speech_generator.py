stub: upstream file of 24882 bytes

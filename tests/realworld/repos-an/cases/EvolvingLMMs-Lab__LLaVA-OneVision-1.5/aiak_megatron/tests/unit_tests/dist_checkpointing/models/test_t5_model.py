stub: upstream file of 8882 bytes

stub: upstream file of 756 bytes

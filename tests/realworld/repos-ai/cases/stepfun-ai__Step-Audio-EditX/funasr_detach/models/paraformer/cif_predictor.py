stub: upstream file of 24863 bytes

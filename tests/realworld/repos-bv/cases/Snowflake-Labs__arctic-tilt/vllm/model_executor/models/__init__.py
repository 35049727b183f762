stub: upstream file of 863 bytes

stub: upstream file of 11788 bytes

stub: upstream file of 1863 bytes

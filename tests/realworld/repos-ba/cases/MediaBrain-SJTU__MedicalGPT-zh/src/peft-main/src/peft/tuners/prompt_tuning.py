stub: upstream file of 4863 bytes

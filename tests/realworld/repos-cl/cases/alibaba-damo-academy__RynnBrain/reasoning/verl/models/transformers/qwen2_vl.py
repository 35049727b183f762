stub: upstream file of 23378 bytes

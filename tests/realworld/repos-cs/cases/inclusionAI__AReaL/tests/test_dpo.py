stub: upstream file of 20863 bytes

stub: upstream file of 42936 bytes

stub: upstream file of 16356 bytes

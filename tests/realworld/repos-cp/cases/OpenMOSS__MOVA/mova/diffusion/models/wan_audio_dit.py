stub: upstream file of 9941 bytes

stub: upstream file of 504 bytes

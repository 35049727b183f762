stub: upstream file of 3936 bytes

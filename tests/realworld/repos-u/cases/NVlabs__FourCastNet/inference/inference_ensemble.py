stub: upstream file of 16400 bytes

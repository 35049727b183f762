stub: upstream file of 47115 bytes

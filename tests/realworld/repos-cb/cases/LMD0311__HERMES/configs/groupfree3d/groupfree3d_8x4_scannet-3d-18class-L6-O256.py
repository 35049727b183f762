stub: upstream file of 6916 bytes

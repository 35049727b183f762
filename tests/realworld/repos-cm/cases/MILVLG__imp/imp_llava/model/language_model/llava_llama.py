stub: upstream file of 3821 bytes

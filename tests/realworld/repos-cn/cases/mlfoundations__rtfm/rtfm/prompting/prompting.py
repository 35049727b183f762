stub: upstream file of 16407 bytes

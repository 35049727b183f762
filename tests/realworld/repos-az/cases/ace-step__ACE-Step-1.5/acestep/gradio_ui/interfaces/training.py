stub: upstream file of 28081 bytes

stub: upstream file of 16277 bytes

stub: upstream file of 17509 bytes

stub: upstream file of 10044 bytes

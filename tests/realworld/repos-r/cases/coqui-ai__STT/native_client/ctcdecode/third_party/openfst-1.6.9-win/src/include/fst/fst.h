stub: upstream file of 30013 bytes

stub: upstream file of 48928 bytes

stub: upstream file of 30654 bytes

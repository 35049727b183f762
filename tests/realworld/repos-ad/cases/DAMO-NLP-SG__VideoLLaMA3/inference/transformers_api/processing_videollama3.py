stub: upstream file of 38927 bytes

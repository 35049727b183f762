stub: upstream file of 6946 bytes

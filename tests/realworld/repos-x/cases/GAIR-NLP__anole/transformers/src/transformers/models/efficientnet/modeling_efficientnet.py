stub: upstream file of 23946 bytes

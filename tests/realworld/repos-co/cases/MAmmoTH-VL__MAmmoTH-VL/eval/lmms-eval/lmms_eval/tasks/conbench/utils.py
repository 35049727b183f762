stub: upstream file of 2845 bytes

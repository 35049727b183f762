stub: upstream file of 2946 bytes

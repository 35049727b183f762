stub: upstream file of 3214 bytes

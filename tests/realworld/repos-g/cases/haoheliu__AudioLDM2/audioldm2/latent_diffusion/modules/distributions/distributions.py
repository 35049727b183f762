stub: upstream file of 3097 bytes

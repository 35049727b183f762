stub: upstream file of 44283 bytes

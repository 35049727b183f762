stub: upstream file of 4328 bytes

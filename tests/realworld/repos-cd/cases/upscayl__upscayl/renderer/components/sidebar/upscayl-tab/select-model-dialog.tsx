stub: upstream file of 7253 bytes

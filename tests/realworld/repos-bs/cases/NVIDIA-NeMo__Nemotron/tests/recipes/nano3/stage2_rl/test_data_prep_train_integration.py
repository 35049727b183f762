stub: upstream file of 32283 bytes

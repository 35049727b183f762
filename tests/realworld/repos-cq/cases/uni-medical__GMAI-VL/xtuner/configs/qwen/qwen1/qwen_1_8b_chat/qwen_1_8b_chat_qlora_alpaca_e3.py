stub: upstream file of 7342 bytes

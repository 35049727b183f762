stub: upstream file of 32754 bytes

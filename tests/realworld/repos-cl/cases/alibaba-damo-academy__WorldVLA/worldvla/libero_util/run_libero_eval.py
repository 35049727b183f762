stub: upstream file of 10946 bytes

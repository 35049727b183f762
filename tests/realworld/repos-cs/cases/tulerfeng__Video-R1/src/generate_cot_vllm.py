stub: upstream file of 10479 bytes

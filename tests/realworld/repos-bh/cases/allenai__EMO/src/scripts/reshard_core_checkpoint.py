stub: upstream file of 10325 bytes

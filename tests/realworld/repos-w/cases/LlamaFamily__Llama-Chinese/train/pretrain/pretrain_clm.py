stub: upstream file of 27337 bytes

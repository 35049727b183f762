stub: upstream file of 9498 bytes

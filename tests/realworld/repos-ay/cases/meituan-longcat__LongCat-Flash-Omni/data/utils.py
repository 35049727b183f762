stub: upstream file of 23498 bytes

stub: upstream file of 7498 bytes

stub: upstream file of 25577 bytes

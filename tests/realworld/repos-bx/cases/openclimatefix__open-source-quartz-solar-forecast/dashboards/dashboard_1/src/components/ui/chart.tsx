stub: upstream file of 10430 bytes

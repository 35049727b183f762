stub: upstream file of 6219 bytes

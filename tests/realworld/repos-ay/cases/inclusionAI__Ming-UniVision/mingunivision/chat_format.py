stub: upstream file of 33018 bytes

stub: upstream file of 50337 bytes

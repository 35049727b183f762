stub: upstream file of 12337 bytes

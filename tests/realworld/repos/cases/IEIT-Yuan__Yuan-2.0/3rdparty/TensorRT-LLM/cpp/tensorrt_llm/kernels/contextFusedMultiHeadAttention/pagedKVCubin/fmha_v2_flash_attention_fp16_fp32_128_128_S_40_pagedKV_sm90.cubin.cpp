stub: upstream file of 1040347 bytes

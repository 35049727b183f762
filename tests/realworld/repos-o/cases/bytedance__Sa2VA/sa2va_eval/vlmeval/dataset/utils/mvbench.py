stub: upstream file of 16337 bytes

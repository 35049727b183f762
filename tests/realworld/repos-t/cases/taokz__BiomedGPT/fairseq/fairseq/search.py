stub: upstream file of 31337 bytes

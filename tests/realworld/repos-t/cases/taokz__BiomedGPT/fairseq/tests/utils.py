stub: upstream file of 21917 bytes

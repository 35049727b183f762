stub: upstream file of 8337 bytes

stub: upstream file of 4378 bytes

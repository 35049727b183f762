stub: upstream file of 50441 bytes

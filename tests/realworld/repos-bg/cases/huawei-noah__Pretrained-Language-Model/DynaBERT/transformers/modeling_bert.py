stub: upstream file of 29353 bytes

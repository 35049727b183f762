stub: upstream file of 9441 bytes

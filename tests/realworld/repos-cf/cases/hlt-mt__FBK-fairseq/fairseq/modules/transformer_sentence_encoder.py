stub: upstream file of 10193 bytes

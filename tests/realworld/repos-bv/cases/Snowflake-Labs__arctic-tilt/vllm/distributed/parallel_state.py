stub: upstream file of 45482 bytes

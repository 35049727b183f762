stub: upstream file of 11431 bytes

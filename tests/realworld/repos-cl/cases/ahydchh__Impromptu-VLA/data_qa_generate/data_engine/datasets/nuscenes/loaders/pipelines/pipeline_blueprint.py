stub: upstream file of 8243 bytes

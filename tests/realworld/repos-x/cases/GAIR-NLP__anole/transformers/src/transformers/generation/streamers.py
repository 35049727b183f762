stub: upstream file of 9213 bytes

stub: upstream file of 12835 bytes

stub: upstream file of 10223 bytes

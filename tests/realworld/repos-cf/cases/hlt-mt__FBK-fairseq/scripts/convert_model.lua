stub: upstream file of 3423 bytes

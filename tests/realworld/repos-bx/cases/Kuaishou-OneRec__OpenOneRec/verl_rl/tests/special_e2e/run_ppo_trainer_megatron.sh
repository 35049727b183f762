stub: upstream file of 10492 bytes

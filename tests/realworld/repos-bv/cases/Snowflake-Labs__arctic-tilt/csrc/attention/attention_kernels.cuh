stub: upstream file of 29453 bytes

stub: upstream file of 8574 bytes

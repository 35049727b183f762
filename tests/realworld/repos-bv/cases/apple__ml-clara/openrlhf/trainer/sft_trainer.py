stub: upstream file of 25479 bytes

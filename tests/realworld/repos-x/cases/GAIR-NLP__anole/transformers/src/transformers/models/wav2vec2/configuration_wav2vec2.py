stub: upstream file of 20045 bytes

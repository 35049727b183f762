stub: upstream file of 25078 bytes

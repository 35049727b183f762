stub: upstream file of 43298 bytes

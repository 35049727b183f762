stub: upstream file of 8731 bytes

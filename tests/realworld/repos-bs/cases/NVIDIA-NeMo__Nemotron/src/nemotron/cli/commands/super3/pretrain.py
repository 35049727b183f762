stub: upstream file of 10067 bytes

stub: upstream file of 20667 bytes

stub: upstream file of 10599 bytes

stub: upstream file of 9608 bytes

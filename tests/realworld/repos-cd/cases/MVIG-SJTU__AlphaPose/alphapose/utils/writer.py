stub: upstream file of 10372 bytes

stub: upstream file of 12489 bytes

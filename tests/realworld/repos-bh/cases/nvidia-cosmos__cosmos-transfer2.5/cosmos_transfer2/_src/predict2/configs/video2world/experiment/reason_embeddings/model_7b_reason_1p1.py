stub: upstream file of 24991 bytes

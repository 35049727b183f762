stub: upstream file of 10591 bytes

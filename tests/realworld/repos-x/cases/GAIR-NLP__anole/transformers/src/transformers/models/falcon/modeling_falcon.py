stub: upstream file of 76230 bytes

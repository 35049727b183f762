stub: upstream file of 4052 bytes

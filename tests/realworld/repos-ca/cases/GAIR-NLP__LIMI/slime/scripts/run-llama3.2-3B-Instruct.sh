stub: upstream file of 3536 bytes

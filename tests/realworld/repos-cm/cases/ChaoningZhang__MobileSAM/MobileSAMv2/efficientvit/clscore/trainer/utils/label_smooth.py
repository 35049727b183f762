stub: upstream file of 678 bytes

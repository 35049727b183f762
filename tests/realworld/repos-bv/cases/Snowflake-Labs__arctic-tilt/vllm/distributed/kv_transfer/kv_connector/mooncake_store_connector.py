stub: upstream file of 9052 bytes

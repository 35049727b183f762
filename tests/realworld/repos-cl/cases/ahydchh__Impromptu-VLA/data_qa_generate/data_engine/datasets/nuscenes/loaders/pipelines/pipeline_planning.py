stub: upstream file of 32780 bytes

stub: upstream file of 28450 bytes

stub: upstream file of 12104 bytes

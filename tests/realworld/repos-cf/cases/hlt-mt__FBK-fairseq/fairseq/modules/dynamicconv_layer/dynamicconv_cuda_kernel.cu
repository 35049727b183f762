stub: upstream file of 5794 bytes

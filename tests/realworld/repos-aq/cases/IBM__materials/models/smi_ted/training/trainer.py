stub: upstream file of 18400 bytes

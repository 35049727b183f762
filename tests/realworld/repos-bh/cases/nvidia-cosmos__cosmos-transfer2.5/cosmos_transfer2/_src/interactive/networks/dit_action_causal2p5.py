stub: upstream file of 9740 bytes

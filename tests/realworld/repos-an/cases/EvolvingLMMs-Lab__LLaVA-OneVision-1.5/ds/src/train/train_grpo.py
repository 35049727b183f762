stub: upstream file of 9029 bytes

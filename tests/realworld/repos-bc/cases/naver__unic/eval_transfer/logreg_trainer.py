stub: upstream file of 9917 bytes

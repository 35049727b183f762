stub: upstream file of 9878 bytes

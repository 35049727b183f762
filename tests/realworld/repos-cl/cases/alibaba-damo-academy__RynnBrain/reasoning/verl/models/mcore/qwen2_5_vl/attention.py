stub: upstream file of 9803 bytes

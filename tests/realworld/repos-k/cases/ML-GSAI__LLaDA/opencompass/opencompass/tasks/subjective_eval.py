stub: upstream file of 19803 bytes

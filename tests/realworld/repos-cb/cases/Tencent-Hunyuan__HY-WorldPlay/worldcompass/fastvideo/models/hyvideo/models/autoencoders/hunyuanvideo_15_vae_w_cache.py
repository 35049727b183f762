stub: upstream file of 52712 bytes

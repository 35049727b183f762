stub: upstream file of 9712 bytes

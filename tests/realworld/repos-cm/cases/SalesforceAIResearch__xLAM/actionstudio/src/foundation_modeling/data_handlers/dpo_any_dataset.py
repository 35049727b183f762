stub: upstream file of 1712 bytes

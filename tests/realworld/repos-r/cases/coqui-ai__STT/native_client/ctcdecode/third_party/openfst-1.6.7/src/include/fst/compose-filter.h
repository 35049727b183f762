stub: upstream file of 17712 bytes

stub: upstream file of 56558 bytes

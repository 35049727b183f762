stub: upstream file of 37465 bytes

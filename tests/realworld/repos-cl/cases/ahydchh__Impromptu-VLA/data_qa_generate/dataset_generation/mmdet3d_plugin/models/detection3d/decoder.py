stub: upstream file of 3482 bytes

stub: upstream file of 3912 bytes

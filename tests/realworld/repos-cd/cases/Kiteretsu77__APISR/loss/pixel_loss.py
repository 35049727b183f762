stub: upstream file of 4912 bytes

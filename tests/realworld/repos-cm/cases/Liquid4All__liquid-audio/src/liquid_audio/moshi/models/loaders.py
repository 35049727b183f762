stub: upstream file of 17148 bytes

stub: upstream file of 23472 bytes

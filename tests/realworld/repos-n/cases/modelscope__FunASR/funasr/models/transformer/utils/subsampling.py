stub: upstream file of 21546 bytes

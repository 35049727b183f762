stub: upstream file of 459 bytes

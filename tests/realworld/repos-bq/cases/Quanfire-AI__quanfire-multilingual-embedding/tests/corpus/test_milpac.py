stub: upstream file of 9520 bytes

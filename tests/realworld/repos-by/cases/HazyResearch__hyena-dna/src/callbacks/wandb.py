stub: upstream file of 9638 bytes

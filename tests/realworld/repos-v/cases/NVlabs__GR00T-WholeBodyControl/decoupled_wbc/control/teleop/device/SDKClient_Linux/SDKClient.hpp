stub: upstream file of 10561 bytes

stub: upstream file of 10885 bytes

stub: upstream file of 10360 bytes

stub: upstream file of 7388 bytes

stub: upstream file of 5431 bytes

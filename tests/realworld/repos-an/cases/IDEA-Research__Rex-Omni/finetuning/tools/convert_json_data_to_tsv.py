stub: upstream file of 6831 bytes

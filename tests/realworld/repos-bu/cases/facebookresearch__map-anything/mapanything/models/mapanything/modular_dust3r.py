stub: upstream file of 22180 bytes

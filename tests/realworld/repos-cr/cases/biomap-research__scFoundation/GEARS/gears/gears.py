stub: upstream file of 24246 bytes

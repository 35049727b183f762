stub: upstream file of 8524 bytes

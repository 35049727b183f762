stub: upstream file of 30213 bytes

stub: upstream file of 9956 bytes

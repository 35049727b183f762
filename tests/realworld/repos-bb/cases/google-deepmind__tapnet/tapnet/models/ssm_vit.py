stub: upstream file of 31568 bytes

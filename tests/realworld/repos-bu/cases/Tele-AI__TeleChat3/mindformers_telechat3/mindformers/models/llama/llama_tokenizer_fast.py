stub: upstream file of 10180 bytes

stub: upstream file of 24385 bytes

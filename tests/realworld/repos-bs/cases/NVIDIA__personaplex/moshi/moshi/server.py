stub: upstream file of 20538 bytes

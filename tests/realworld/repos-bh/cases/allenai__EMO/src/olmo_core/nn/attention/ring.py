stub: upstream file of 20757 bytes

stub: upstream file of 10361 bytes

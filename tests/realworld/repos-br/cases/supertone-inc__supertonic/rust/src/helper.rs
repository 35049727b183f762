stub: upstream file of 23352 bytes

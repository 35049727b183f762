stub: upstream file of 34268 bytes

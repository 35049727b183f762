stub: upstream file of 23411 bytes

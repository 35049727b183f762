stub: upstream file of 10412 bytes

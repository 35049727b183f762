stub: upstream file of 10016 bytes

stub: upstream file of 73276 bytes

stub: upstream file of 23095 bytes

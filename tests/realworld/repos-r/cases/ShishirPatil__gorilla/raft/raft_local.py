stub: upstream file of 10423 bytes

stub: upstream file of 4666 bytes

stub: upstream file of 15650 bytes

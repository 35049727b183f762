stub: upstream file of 13485 bytes

stub: upstream file of 21126 bytes

stub: upstream file of 10132 bytes

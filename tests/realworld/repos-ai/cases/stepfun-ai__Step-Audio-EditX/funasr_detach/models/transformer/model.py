stub: upstream file of 16888 bytes

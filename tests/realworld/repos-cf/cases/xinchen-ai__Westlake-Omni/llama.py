stub: upstream file of 17832 bytes

stub: upstream file of 15736 bytes

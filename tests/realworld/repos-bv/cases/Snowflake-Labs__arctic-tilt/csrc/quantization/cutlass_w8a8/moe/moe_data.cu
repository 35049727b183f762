stub: upstream file of 3666 bytes

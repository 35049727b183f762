stub: upstream file of 23661 bytes

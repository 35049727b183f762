stub: upstream file of 7681 bytes

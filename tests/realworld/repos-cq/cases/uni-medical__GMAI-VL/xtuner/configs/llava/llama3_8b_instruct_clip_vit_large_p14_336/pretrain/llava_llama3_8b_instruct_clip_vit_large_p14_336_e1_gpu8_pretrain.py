stub: upstream file of 6764 bytes

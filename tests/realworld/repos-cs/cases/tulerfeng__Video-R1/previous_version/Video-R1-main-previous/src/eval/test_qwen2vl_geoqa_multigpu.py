stub: upstream file of 7921 bytes

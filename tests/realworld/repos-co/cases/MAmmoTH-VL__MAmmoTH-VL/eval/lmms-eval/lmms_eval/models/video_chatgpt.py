stub: upstream file of 9909 bytes

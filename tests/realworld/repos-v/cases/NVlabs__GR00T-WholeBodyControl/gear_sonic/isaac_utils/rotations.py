stub: upstream file of 23728 bytes

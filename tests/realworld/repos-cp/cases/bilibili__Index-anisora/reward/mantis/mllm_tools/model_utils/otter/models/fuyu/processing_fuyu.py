stub: upstream file of 35745 bytes

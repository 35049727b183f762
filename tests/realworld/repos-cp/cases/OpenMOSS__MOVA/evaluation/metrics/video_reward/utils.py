stub: upstream file of 10562 bytes

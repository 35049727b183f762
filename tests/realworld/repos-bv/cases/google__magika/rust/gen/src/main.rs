stub: upstream file of 9827 bytes

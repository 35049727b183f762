stub: upstream file of 10050 bytes

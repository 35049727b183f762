stub: upstream file of 17059 bytes

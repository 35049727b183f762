stub: upstream file of 5909 bytes

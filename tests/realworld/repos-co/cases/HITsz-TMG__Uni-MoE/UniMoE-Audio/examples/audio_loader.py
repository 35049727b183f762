stub: upstream file of 4823 bytes

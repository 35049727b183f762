stub: upstream file of 18987 bytes

stub: upstream file of 60104 bytes

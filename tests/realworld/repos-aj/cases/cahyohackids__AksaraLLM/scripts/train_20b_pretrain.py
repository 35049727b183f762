stub: upstream file of 19085 bytes

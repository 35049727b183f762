stub: upstream file of 7867 bytes

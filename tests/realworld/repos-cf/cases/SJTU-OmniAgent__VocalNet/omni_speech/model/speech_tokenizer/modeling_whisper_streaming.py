stub: upstream file of 112812 bytes

stub: upstream file of 5118 bytes

stub: upstream file of 5067 bytes

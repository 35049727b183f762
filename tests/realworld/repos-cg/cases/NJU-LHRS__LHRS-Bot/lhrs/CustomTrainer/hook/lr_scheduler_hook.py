stub: upstream file of 28067 bytes

stub: upstream file of 7067 bytes

stub: upstream file of 18039 bytes

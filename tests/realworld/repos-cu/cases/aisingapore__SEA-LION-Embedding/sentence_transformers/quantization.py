stub: upstream file of 20072 bytes

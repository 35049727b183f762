stub: upstream file of 23029 bytes

stub: upstream file of 76209 bytes

stub: upstream file of 37745 bytes

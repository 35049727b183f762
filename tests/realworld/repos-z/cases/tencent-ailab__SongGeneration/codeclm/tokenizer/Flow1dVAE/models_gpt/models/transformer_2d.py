stub: upstream file of 25448 bytes

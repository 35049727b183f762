stub: upstream file of 13198 bytes

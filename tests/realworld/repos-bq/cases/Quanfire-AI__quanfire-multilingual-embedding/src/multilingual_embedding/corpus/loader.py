stub: upstream file of 11657 bytes

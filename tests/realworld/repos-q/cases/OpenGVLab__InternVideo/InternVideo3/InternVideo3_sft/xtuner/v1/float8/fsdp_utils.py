stub: upstream file of 25961 bytes

stub: upstream file of 4829 bytes

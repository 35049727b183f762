stub: upstream file of 29829 bytes

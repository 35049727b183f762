stub: upstream file of 6961 bytes

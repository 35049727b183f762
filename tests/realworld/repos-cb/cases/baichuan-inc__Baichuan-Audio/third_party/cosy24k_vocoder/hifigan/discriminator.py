stub: upstream file of 5936 bytes

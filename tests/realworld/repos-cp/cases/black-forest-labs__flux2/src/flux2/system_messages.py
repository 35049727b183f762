stub: upstream file of 3952 bytes

stub: upstream file of 7884 bytes

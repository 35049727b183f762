stub: upstream file of 34937 bytes

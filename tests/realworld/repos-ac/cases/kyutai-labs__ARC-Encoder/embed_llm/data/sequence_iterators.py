stub: upstream file of 22745 bytes

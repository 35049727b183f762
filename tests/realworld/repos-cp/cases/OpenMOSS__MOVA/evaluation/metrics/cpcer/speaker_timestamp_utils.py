stub: upstream file of 5740 bytes

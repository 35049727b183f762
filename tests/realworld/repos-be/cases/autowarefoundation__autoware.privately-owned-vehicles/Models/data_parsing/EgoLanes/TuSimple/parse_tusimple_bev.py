stub: upstream file of 22950 bytes

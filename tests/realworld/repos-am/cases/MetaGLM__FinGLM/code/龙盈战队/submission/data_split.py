stub: upstream file of 4583 bytes

stub: upstream file of 7917 bytes

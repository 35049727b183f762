stub: upstream file of 27917 bytes

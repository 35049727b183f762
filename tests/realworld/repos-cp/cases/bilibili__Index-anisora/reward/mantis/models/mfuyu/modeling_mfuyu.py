stub: upstream file of 18917 bytes

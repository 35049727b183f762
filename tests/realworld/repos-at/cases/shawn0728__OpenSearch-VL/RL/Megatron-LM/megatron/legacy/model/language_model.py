stub: upstream file of 25794 bytes

stub: upstream file of 10917 bytes

stub: upstream file of 3917 bytes

stub: upstream file of 47094 bytes

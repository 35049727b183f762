stub: upstream file of 54917 bytes

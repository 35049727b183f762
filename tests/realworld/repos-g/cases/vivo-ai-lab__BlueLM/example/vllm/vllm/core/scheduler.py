stub: upstream file of 17064 bytes

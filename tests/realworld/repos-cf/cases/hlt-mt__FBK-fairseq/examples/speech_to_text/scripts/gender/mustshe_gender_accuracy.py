stub: upstream file of 9064 bytes

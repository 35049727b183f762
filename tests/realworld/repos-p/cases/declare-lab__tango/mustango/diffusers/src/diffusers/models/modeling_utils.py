stub: upstream file of 36064 bytes

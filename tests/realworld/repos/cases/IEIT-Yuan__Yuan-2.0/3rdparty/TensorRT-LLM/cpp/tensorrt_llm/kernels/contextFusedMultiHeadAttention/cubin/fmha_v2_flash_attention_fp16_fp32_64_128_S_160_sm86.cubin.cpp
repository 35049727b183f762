stub: upstream file of 959064 bytes

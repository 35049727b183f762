stub: upstream file of 13064 bytes

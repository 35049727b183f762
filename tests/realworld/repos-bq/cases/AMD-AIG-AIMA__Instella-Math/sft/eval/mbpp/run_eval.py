stub: upstream file of 15064 bytes

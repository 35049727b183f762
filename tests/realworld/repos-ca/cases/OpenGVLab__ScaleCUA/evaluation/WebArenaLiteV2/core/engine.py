stub: upstream file of 10064 bytes

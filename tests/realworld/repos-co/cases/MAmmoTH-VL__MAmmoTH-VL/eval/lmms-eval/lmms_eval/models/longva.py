stub: upstream file of 23736 bytes

stub: upstream file of 15799 bytes

stub: upstream file of 29081 bytes

stub: upstream file of 39081 bytes

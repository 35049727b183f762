stub: upstream file of 3081 bytes

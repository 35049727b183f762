stub: upstream file of 1081 bytes

stub: upstream file of 35330 bytes

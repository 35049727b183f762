stub: upstream file of 29485 bytes

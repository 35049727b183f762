stub: upstream file of 27499 bytes

stub: upstream file of 5212 bytes

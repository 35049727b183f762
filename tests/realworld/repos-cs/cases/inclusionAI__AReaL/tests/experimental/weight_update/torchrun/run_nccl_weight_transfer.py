stub: upstream file of 9452 bytes

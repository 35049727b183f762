stub: upstream file of 31452 bytes

stub: upstream file of 34452 bytes

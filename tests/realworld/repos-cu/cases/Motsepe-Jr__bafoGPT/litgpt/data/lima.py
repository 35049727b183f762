stub: upstream file of 5452 bytes

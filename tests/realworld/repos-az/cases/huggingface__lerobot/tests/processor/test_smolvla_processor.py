stub: upstream file of 15768 bytes

stub: upstream file of 25514 bytes

stub: upstream file of 18514 bytes

stub: upstream file of 5803 bytes

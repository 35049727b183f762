stub: upstream file of 5218 bytes

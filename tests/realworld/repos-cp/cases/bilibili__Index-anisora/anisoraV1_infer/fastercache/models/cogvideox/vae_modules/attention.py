stub: upstream file of 20736 bytes

stub: upstream file of 15611 bytes

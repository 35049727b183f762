stub: upstream file of 20593 bytes

stub: upstream file of 5733 bytes

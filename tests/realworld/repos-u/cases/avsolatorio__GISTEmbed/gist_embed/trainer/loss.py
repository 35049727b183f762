stub: upstream file of 30797 bytes

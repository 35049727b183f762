stub: upstream file of 5785 bytes

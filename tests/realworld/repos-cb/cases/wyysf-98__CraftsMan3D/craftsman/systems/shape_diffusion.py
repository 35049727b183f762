stub: upstream file of 11785 bytes

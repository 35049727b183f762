stub: upstream file of 10785 bytes

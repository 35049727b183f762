stub: upstream file of 4830 bytes

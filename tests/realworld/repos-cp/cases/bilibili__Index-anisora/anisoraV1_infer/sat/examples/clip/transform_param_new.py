stub: upstream file of 5611 bytes

stub: upstream file of 17730 bytes

stub: upstream file of 11081 bytes

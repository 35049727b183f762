stub: upstream file of 38085 bytes

stub: upstream file of 35260 bytes

stub: upstream file of 18073 bytes

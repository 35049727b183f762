stub: upstream file of 941 bytes

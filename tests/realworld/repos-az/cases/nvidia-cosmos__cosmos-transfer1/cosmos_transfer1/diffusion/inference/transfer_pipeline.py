stub: upstream file of 18100 bytes

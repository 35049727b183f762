stub: upstream file of 15609 bytes

stub: upstream file of 6696 bytes

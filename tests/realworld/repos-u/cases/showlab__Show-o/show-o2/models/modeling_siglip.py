stub: upstream file of 69609 bytes

stub: upstream file of 34138 bytes

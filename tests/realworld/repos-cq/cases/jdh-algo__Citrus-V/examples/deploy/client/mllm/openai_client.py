stub: upstream file of 3125 bytes

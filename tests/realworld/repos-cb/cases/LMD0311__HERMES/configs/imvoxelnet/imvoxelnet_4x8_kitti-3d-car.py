stub: upstream file of 5125 bytes

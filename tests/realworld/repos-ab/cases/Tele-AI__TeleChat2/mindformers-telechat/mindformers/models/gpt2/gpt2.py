stub: upstream file of 29209 bytes

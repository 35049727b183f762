stub: upstream file of 17010 bytes

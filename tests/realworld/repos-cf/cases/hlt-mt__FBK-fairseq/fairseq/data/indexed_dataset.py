stub: upstream file of 17244 bytes

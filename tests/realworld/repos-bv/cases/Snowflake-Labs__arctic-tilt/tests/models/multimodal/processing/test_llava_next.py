stub: upstream file of 6047 bytes

stub: upstream file of 12375 bytes

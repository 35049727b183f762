stub: upstream file of 31208 bytes

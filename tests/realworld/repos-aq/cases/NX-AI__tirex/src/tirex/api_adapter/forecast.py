stub: upstream file of 17581 bytes

stub: upstream file of 37581 bytes

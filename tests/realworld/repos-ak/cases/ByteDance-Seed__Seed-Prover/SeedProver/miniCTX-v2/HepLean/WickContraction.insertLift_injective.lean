stub: upstream file of 26581 bytes

stub: upstream file of 19071 bytes

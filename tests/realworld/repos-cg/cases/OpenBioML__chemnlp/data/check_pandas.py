stub: upstream file of 5223 bytes

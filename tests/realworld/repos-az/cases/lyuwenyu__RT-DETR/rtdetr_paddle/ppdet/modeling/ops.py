stub: upstream file of 49354 bytes

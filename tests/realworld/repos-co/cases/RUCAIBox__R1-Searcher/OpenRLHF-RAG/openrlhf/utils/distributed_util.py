stub: upstream file of 2321 bytes

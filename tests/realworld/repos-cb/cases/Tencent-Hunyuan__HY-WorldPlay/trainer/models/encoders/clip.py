stub: upstream file of 25174 bytes

stub: upstream file of 36189 bytes

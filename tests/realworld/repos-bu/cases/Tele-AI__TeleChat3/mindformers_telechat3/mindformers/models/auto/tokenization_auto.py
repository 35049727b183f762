stub: upstream file of 34274 bytes

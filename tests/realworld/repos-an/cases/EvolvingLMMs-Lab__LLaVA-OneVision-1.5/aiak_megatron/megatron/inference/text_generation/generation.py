stub: upstream file of 21999 bytes

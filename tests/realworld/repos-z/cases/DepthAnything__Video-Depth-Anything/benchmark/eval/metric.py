stub: upstream file of 3992 bytes

stub: upstream file of 47022 bytes

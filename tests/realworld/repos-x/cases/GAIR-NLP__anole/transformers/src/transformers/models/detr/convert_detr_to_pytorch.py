stub: upstream file of 18992 bytes

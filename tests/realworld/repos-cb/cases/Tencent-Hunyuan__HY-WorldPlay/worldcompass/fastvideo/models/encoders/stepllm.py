stub: upstream file of 19750 bytes

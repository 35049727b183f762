stub: upstream file of 25077 bytes

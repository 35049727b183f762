stub: upstream file of 18170 bytes

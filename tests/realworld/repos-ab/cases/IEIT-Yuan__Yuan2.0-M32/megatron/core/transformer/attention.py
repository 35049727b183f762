stub: upstream file of 12856 bytes

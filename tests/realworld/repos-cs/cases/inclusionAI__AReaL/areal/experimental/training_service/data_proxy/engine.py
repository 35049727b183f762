stub: upstream file of 6168 bytes

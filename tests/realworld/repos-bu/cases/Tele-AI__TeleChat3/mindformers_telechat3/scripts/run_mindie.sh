stub: upstream file of 13205 bytes

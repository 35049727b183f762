stub: upstream file of 21209 bytes

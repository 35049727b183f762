stub: upstream file of 19521 bytes

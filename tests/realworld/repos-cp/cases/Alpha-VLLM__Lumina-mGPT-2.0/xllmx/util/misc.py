stub: upstream file of 7821 bytes

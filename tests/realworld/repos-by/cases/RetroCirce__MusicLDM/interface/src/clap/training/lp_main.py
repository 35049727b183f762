stub: upstream file of 25047 bytes

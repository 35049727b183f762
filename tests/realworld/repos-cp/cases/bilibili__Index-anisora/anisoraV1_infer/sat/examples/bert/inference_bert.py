stub: upstream file of 1657 bytes

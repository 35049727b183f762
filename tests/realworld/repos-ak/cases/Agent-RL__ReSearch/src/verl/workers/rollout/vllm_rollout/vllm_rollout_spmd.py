stub: upstream file of 31180 bytes

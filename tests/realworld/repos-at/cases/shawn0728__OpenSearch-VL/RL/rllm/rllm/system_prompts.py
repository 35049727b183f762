stub: upstream file of 44571 bytes

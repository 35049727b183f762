stub: upstream file of 6045 bytes

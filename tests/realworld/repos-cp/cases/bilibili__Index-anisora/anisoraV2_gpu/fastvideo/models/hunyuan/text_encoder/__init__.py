stub: upstream file of 14580 bytes

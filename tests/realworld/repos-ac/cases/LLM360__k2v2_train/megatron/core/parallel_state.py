stub: upstream file of 85810 bytes

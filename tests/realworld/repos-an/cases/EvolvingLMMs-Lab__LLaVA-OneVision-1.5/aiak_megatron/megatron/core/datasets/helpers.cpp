stub: upstream file of 29727 bytes

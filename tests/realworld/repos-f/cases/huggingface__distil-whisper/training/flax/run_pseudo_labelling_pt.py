stub: upstream file of 37801 bytes

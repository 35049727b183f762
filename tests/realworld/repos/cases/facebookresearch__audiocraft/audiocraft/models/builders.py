stub: upstream file of 15893 bytes

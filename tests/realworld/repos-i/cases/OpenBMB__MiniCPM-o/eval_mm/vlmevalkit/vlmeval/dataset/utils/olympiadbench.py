stub: upstream file of 20298 bytes

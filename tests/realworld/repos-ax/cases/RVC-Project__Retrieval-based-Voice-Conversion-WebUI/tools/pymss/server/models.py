stub: upstream file of 7893 bytes

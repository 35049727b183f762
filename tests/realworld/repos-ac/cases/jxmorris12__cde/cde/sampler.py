stub: upstream file of 14893 bytes

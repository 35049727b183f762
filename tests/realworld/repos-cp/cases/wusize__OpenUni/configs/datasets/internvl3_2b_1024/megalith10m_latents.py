stub: upstream file of 1196 bytes

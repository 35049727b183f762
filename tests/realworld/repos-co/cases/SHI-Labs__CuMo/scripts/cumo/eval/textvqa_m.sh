stub: upstream file of 1189 bytes

stub: upstream file of 40288 bytes

stub: upstream file of 14184 bytes

stub: upstream file of 13176 bytes

stub: upstream file of 17020 bytes

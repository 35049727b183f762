stub: upstream file of 161 bytes

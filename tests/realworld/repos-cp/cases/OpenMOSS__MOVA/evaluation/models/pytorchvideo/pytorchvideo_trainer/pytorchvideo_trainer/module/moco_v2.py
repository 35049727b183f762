stub: upstream file of 17157 bytes

stub: upstream file of 63251 bytes

stub: upstream file of 7321 bytes

stub: upstream file of 54304 bytes

stub: upstream file of 44371 bytes

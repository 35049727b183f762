stub: upstream file of 15365 bytes

stub: upstream file of 3777 bytes

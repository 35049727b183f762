stub: upstream file of 21161 bytes

stub: upstream file of 4110 bytes

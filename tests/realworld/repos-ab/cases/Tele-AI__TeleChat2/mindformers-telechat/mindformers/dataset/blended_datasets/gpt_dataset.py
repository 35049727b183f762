stub: upstream file of 29600 bytes

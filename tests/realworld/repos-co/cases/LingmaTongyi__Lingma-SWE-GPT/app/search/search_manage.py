stub: upstream file of 20569 bytes

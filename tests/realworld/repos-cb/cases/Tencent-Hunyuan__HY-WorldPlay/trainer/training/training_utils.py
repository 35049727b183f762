stub: upstream file of 43828 bytes

stub: upstream file of 19828 bytes

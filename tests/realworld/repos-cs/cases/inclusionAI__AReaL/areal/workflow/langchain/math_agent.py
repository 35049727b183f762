stub: upstream file of 5828 bytes

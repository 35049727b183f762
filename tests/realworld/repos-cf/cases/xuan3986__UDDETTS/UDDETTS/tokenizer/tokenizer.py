stub: upstream file of 6129 bytes

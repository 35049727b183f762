stub: upstream file of 6093 bytes

stub: upstream file of 11142 bytes

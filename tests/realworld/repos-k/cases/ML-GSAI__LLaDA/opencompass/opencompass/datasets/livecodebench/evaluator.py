stub: upstream file of 17267 bytes

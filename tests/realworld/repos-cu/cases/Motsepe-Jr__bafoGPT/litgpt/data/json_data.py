stub: upstream file of 6371 bytes

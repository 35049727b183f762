stub: upstream file of 6994 bytes

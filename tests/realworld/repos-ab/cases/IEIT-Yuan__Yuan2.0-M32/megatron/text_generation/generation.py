stub: upstream file of 21472 bytes

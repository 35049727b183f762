stub: upstream file of 12958 bytes

stub: upstream file of 17071 bytes

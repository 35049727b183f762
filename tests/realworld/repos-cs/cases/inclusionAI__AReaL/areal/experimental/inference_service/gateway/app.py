stub: upstream file of 23410 bytes

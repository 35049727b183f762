stub: upstream file of 17633 bytes

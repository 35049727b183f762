stub: upstream file of 72434 bytes

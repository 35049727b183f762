stub: upstream file of 11717 bytes

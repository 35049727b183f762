stub: upstream file of 65505 bytes

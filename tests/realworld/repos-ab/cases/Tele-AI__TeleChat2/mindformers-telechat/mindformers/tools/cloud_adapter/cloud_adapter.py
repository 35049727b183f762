stub: upstream file of 8522 bytes

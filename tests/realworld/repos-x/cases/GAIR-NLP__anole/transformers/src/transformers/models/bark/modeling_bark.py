stub: upstream file of 86582 bytes

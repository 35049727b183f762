stub: upstream file of 14582 bytes

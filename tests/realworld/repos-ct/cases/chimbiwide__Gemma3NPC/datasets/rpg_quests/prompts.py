stub: upstream file of 6677 bytes

stub: upstream file of 42633 bytes

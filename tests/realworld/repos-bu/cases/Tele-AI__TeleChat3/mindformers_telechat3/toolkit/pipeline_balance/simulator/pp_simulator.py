stub: upstream file of 24677 bytes

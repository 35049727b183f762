stub: upstream file of 11677 bytes

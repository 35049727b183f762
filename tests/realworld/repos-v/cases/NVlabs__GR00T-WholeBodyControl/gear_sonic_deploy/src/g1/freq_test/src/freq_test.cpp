stub: upstream file of 11661 bytes

stub: upstream file of 14733 bytes

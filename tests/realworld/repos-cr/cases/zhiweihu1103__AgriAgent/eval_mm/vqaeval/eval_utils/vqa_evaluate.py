stub: upstream file of 14755 bytes

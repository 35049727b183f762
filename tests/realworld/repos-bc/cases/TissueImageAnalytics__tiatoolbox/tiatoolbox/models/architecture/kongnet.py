stub: upstream file of 30093 bytes

stub: upstream file of 13263 bytes

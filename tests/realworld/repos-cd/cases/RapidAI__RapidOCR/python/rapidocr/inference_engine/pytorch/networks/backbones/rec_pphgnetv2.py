stub: upstream file of 61172 bytes

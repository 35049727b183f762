stub: upstream file of 42181 bytes

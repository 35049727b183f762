stub: upstream file of 14955 bytes

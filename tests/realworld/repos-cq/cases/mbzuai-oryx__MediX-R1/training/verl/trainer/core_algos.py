stub: upstream file of 21057 bytes

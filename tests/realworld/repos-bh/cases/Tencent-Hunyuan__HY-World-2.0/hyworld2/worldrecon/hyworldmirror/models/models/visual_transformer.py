stub: upstream file of 25093 bytes

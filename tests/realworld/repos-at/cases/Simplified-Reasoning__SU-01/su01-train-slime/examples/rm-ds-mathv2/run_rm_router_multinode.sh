stub: upstream file of 15017 bytes

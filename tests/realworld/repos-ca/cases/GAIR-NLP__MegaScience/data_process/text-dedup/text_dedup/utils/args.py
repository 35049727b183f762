stub: upstream file of 13017 bytes

stub: upstream file of 41825 bytes

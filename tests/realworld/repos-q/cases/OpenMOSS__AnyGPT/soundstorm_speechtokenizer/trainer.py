stub: upstream file of 29021 bytes

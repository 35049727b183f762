stub: upstream file of 16567 bytes

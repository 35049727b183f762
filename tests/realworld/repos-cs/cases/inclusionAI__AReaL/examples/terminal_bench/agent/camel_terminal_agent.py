stub: upstream file of 13233 bytes

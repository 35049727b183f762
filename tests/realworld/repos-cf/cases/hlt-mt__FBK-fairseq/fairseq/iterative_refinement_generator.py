stub: upstream file of 13238 bytes

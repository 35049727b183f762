stub: upstream file of 43308 bytes

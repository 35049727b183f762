stub: upstream file of 13836 bytes

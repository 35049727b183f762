stub: upstream file of 14828 bytes

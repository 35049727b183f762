stub: upstream file of 146185 bytes

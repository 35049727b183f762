stub: upstream file of 115043 bytes

stub: upstream file of 24224 bytes

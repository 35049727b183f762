stub: upstream file of 109416 bytes

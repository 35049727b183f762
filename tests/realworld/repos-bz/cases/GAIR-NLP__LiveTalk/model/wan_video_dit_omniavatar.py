stub: upstream file of 21856 bytes

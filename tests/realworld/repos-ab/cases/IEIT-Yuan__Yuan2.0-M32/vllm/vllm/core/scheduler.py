stub: upstream file of 49971 bytes

stub: upstream file of 4974 bytes

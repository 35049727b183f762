stub: upstream file of 34974 bytes

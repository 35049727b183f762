stub: upstream file of 10716 bytes

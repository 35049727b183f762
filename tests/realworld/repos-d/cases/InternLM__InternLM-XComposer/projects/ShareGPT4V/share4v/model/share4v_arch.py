stub: upstream file of 14716 bytes

stub: upstream file of 13844 bytes

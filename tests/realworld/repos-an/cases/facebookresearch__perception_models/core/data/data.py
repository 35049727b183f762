stub: upstream file of 28417 bytes

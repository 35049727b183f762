stub: upstream file of 46925 bytes

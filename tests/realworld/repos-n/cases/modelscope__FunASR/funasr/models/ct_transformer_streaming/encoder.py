stub: upstream file of 19962 bytes

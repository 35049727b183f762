stub: upstream file of 18849 bytes

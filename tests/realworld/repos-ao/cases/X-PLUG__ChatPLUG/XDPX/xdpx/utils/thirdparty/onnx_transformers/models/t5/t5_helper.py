stub: upstream file of 13016 bytes

stub: upstream file of 13974 bytes

stub: upstream file of 4093 bytes

stub: upstream file of 49980 bytes

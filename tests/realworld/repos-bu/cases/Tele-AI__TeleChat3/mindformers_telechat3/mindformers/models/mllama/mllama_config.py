stub: upstream file of 11962 bytes

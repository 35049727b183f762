stub: upstream file of 36765 bytes

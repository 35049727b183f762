stub: upstream file of 13856 bytes

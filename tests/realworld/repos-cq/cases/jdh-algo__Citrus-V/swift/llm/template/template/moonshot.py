stub: upstream file of 2856 bytes

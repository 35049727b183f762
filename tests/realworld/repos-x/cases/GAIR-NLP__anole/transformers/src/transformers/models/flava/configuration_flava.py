stub: upstream file of 37092 bytes

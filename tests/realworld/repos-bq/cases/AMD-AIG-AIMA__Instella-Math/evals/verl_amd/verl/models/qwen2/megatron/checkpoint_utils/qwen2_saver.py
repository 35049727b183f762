stub: upstream file of 18124 bytes

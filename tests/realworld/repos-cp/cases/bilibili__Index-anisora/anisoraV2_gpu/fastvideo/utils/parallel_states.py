stub: upstream file of 2167 bytes

stub: upstream file of 17206 bytes

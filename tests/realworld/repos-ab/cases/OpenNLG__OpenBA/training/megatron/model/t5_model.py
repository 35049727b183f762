stub: upstream file of 8332 bytes

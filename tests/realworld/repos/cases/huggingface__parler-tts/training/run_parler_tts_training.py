stub: upstream file of 59153 bytes

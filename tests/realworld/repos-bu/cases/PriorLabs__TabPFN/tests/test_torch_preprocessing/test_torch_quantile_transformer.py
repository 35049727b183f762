stub: upstream file of 19146 bytes

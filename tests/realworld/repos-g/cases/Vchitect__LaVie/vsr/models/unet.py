stub: upstream file of 26998 bytes

stub: upstream file of 21153 bytes

stub: upstream file of 51417 bytes

stub: upstream file of 13269 bytes

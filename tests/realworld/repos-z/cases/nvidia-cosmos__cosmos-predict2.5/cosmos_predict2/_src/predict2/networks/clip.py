stub: upstream file of 19269 bytes

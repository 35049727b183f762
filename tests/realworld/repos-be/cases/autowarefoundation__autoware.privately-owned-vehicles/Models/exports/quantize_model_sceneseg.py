stub: upstream file of 19954 bytes

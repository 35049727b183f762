stub: upstream file of 19557 bytes

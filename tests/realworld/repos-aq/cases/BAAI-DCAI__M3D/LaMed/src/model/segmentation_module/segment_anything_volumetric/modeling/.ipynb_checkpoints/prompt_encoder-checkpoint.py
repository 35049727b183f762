stub: upstream file of 9557 bytes

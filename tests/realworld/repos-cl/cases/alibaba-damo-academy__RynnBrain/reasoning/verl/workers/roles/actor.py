stub: upstream file of 8670 bytes

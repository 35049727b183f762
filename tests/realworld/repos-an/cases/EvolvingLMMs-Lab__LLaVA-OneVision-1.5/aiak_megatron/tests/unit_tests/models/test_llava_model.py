stub: upstream file of 40129 bytes

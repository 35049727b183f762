stub: upstream file of 19121 bytes

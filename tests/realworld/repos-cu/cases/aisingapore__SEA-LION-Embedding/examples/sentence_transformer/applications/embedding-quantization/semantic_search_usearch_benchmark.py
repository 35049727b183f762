stub: upstream file of 2123 bytes

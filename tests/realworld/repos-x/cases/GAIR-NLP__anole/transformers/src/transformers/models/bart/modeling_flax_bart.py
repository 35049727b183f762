stub: upstream file of 82706 bytes

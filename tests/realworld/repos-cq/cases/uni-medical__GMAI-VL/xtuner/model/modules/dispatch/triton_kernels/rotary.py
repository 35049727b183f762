stub: upstream file of 11501 bytes

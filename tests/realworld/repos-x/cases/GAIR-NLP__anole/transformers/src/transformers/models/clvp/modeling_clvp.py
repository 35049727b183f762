stub: upstream file of 91163 bytes

stub: upstream file of 40043 bytes

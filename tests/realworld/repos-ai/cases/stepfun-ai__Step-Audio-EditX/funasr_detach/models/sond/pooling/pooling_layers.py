stub: upstream file of 3758 bytes

stub: upstream file of 10758 bytes

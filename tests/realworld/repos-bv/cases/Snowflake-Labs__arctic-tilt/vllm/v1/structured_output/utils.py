stub: upstream file of 10043 bytes

stub: upstream file of 97727 bytes

stub: upstream file of 7887 bytes

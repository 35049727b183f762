stub: upstream file of 887 bytes

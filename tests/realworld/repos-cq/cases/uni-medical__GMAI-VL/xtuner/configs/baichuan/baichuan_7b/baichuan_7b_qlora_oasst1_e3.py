stub: upstream file of 7065 bytes

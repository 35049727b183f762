stub: upstream file of 12887 bytes

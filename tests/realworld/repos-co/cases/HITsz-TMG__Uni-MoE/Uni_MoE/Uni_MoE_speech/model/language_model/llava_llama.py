stub: upstream file of 5887 bytes

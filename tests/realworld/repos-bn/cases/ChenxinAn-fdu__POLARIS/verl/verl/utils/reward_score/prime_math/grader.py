stub: upstream file of 13887 bytes

stub: upstream file of 59887 bytes

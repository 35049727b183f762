stub: upstream file of 36887 bytes

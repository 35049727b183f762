stub: upstream file of 21887 bytes

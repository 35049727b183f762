stub: upstream file of 3887 bytes

stub: upstream file of 44901 bytes

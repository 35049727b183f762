stub: upstream file of 52770 bytes

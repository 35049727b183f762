stub: upstream file of 2131 bytes

stub: upstream file of 9067 bytes

stub: upstream file of 26923 bytes

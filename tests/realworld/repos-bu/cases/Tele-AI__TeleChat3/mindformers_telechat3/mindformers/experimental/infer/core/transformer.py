stub: upstream file of 40123 bytes

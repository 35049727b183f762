stub: upstream file of 11737 bytes

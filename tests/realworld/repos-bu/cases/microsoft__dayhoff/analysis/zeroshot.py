stub: upstream file of 10734 bytes

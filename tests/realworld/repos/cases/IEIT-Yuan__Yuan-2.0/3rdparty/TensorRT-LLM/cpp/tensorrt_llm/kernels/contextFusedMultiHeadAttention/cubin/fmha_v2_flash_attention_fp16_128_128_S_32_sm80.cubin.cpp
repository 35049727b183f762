stub: upstream file of 964580 bytes

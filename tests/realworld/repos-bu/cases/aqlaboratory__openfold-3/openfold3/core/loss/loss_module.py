stub: upstream file of 5737 bytes

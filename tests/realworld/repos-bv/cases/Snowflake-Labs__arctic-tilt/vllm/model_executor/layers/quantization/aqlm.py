stub: upstream file of 13632 bytes

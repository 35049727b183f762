stub: upstream file of 21090 bytes

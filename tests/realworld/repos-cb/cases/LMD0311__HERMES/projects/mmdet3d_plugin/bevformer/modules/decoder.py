stub: upstream file of 14191 bytes

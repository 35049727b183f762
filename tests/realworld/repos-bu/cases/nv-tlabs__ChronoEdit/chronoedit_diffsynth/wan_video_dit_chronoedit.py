stub: upstream file of 32063 bytes

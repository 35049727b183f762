stub: upstream file of 11955 bytes

stub: upstream file of 1231109 bytes

stub: upstream file of 2221 bytes

stub: upstream file of 94941 bytes

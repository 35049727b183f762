stub: upstream file of 12078 bytes

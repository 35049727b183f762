stub: upstream file of 89049 bytes

stub: upstream file of 16109 bytes

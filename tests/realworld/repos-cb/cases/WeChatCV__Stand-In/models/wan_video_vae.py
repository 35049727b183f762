stub: upstream file of 51559 bytes

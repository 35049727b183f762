stub: upstream file of 55356 bytes

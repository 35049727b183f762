stub: upstream file of 5328 bytes

stub: upstream file of 50583 bytes

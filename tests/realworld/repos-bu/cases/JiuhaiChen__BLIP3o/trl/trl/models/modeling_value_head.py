stub: upstream file of 18833 bytes

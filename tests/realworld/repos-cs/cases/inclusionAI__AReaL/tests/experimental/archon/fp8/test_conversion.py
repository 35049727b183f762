stub: upstream file of 5732 bytes

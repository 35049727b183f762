stub: upstream file of 52432 bytes

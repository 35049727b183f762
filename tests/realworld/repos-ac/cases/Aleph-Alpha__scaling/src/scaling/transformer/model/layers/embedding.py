stub: upstream file of 16995 bytes

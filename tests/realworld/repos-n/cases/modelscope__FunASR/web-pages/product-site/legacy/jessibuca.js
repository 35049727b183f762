stub: upstream file of 202992 bytes

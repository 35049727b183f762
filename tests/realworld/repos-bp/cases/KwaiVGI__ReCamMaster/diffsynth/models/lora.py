stub: upstream file of 18187 bytes

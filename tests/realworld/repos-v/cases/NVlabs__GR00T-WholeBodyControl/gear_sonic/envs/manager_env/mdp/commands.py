stub: upstream file of 193855 bytes

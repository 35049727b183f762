stub: upstream file of 34291 bytes

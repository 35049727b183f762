stub: upstream file of 68878 bytes

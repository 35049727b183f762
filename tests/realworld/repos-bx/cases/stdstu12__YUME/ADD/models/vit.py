stub: upstream file of 14210 bytes

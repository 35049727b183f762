stub: upstream file of 828 bytes

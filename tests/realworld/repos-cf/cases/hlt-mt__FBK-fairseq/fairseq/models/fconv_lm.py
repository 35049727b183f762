stub: upstream file of 4966 bytes

stub: upstream file of 90775 bytes

stub: upstream file of 6775 bytes

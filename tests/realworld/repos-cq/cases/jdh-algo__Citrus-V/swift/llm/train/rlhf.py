stub: upstream file of 7775 bytes

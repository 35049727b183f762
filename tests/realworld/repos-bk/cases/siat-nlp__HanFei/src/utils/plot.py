stub: upstream file of 15225 bytes

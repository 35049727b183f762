stub: upstream file of 17735 bytes

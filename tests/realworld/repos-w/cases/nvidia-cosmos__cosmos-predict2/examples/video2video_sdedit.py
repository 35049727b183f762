stub: upstream file of 31735 bytes

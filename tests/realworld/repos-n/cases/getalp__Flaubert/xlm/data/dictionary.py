stub: upstream file of 7763 bytes

stub: upstream file of 18625 bytes

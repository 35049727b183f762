stub: upstream file of 26580 bytes

stub: upstream file of 8838 bytes

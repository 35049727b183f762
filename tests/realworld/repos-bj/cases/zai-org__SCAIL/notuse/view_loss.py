stub: upstream file of 7943 bytes

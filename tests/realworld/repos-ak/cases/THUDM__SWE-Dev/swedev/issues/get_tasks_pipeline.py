stub: upstream file of 8443 bytes
